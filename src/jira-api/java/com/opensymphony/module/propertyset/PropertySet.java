package com.opensymphony.module.propertyset;

/** Stand-in (compile only). PropertySet is an interface (OpenSymphony PropertySet); the app never calls it. */
public interface PropertySet {
}
