from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, k STRING, v DOUBLE, arr ARRAY<INT>, m MAP<STRING,INT>").load(INPUT)
df.createOrReplaceTempView("ev")
result = spark.sql("SELECT upper(k) AS uk, size(arr) AS n, count(*) AS c, round(avg(v), 3) AS a FROM ev GROUP BY ALL")
OUTPUT_MODE = "update"
