from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, k STRING, v DOUBLE, arr ARRAY<INT>, m MAP<STRING,INT>").load(INPUT)
df.createOrReplaceTempView("ev")
result = spark.sql("SELECT k, count(*) FILTER (WHERE v > 2) AS c, sum(id) FILTER (WHERE v IS NULL OR id % 2 = 0) AS s, max_by(id, v) FILTER (WHERE id < 10) AS mb FROM ev GROUP BY k")
OUTPUT_MODE = "complete"
