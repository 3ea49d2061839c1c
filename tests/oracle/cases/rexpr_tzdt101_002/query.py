spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, m DECIMAL(10,2), ts TIMESTAMP, d DOUBLE, n DECIMAL(5,3), f FLOAT, t STRING, dt DATE, s STRING, b BOOLEAN").json(INPUT)
result = df.where("(id > 0L)").select("id", expr("date_trunc('SECOND', CAST(nullif(dt, to_date('2024-02-29')) AS TIMESTAMP))").alias("c1"), (expr("((ts - ts) <= INTERVAL '23:59' HOUR TO MINUTE)") == col("b")).alias("c2"), F.date_format(expr("CASE (i BETWEEN 0 AND -1) WHEN true THEN CASE WHEN b THEN dt WHEN b THEN dt WHEN (i > 10) THEN dt ELSE dt END WHEN true THEN date_from_unix_date(month(dt)) ELSE dt END"), "yyyy-MM-dd HH:mm:ss.SSSSSS").alias("c3"), expr("CAST((ts - '2024-02-29 23:59:59.5') AS STRING)").alias("c4"))
OUTPUT_MODE = "append"
