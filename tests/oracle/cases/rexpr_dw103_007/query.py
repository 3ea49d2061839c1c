from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(CASE WHEN (concat(CAST(to_date('2023-12-31') AS STRING), s, CAST(dt AS STRING)) ILIKE '%o%') THEN (d IS NOT NULL) ELSE b END OR (m IS NULL))").select("id", expr("to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm')").alias("c1"), F.date_from_unix_date(col("i")), F.expr("(i ^ -1)").cast("int").alias("c3"))
OUTPUT_MODE = "append"
