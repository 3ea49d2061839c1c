from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, arr ARRAY<INT>, b ARRAY<INT>, k INT, s ARRAY<STRING>, m MAP<STRING, INT>, m2 MAP<STRING, INT>, d ARRAY<DOUBLE>").load(INPUT)
result = df.select("id", F.transform("arr", lambda x: x + 1), F.transform("arr", lambda x, i: x * i).alias("ti"),
    F.filter("s", lambda x: F.length(x) > 1).alias("f"), F.exists("arr", lambda x: x > 2).alias("e"),
    F.forall("d", lambda x: x >= 0).alias("fa"),
    F.aggregate("arr", F.lit(0).cast("long"), lambda acc, x: acc + F.coalesce(x, F.lit(0)), lambda acc: acc * 10).alias("agg"),
    F.zip_with("arr", "b", lambda x, y: F.concat_ws("-", x, y)).alias("z"),
    F.transform_values("m", lambda k, v: v + F.col("k")).alias("tv"),
    F.map_filter("m2", lambda k, v: k != "y").alias("mf"),
    F.array_sort("arr", lambda l, r: F.when(l.isNull(), 1).when(r.isNull(), -1).otherwise(r - l)).alias("desc"))
OUTPUT_MODE = "append"
