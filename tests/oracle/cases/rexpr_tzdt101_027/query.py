spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("s") > lit("x-y"))).withColumn("c1", expr("CAST((((TIMESTAMP'2024-03-01 12:30:00.123456' - INTERVAL '2 12' DAY TO HOUR) + (date_trunc('yyyy', (ts - INTERVAL 1 DAY)) - ((ts + INTERVAL -3 DAYS) + INTERVAL 1 MONTH))) - add_months(dt, i)) AS STRING)")).withColumn("c2", expr("(id / nullif(j, 0))")).withColumn("c3", expr("ceil(d)")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
