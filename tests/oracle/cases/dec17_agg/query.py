from pyspark.sql.functions import col, sum, avg, max, min, count
df = spark.readStream.format("json").schema("k STRING, m DECIMAL(10,2), n DECIMAL(5,3)").load(INPUT)
result = df.groupBy("k").agg(sum("m").alias("s"), avg("m").alias("a"), sum("n").alias("sn"), avg("n").alias("an"), max("m").alias("mx"), (sum("m") / count("m")).alias("ratio"))
OUTPUT_MODE = "complete"
