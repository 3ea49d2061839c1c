from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("g STRING, x DOUBLE, y DOUBLE, i BIGINT, s STRING").load(INPUT)
result = df.groupBy("g").agg(F.corr("x", "y").alias("c"), F.covar_pop("x", "y").alias("cp"), F.covar_samp("x", "y").alias("cs"),
    F.regr_count("y", "x").alias("rc"), F.regr_slope("y", "x").alias("rs"), F.regr_intercept("y", "x").alias("ri"),
    F.regr_r2("y", "x").alias("r2"), F.regr_avgx("y", "x").alias("ax"), F.regr_avgy("y", "x").alias("ay"),
    F.regr_sxx("y", "x").alias("sxx"), F.regr_syy("y", "x").alias("syy"), F.regr_sxy("y", "x").alias("sxy"))
OUTPUT_MODE = "update"
