from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, k STRING, v DOUBLE, arr ARRAY<INT>, m MAP<STRING,INT>").load(INPUT)
df.createOrReplaceTempView("ev")
result = spark.sql("SELECT k, max_by(id, v, 1) AS t1, min_by(k, id, 4) AS l4 FROM ev GROUP BY k")
OUTPUT_MODE = "update"
