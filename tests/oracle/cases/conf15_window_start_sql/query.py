from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, k STRING, v DOUBLE, arr ARRAY<INT>, m MAP<STRING,INT>").load(INPUT)
df.withWatermark("ts", "1 minute").createOrReplaceTempView("ev")
result = spark.sql("SELECT window(ts, '2 minutes').start AS ws, date_format(window(ts, '2 minutes').end, 'HH:mm') AS we, k, count(*) AS c FROM ev GROUP BY window(ts, '2 minutes'), k")
OUTPUT_MODE = "append"
