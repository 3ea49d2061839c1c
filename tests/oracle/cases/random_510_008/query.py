from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.filter("category LIKE 's%'").withColumn("v2", col("value") * 2).groupBy(window("timestamp", "5 minutes", "5 minutes")).agg(max_("value").alias("hi"), avg("value").alias("a"), min_("value").alias("lo"))
OUTPUT_MODE = "update"
