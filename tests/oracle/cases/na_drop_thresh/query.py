df = spark.readStream.format("json").schema("ts TIMESTAMP, s STRING, i INT, d DOUBLE, b BOOLEAN").load(INPUT)
# dropna: how="any" by default, how="all", thresh (NaN counts as NULL), subset.
a = df.dropna(how="all", subset=["s", "i", "d", "b"]).withColumn("k", df.i)
result = a.na.drop(thresh=3).union(a.dropna(subset="d").select(*a.columns))
OUTPUT_MODE = "append"
