from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("g STRING, x DOUBLE, y DOUBLE, i BIGINT, s STRING").load(INPUT)
result = df.groupBy("g").agg(F.median("x").alias("med"), F.percentile("y", 0.3).alias("p30"),
    F.percentile("i", [0.25, 0.75]).alias("pq"), F.percentile_approx("x", 0.5).alias("pa"),
    F.expr("approx_percentile(i, array(0.1, 0.9), 100)").alias("ap"), F.expr("percentile_approx(x, 0.9)").alias("pa9"))
OUTPUT_MODE = "update"
