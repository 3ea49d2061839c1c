spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("coalesce((id IS NOT NULL), true)").withColumn("c1", expr("array_except(array(schema_of_xml('<p a=\"1\"><b>x</b><b>y</b><c/></p>'), t, 'a', 'a'), array('a', NULL))")).withColumn("c2", expr("make_dt_interval(106751992, i)")).withColumn("c3", expr("CASE WHEN (d NOT IN (100.0D, -1.5D)) THEN dt WHEN (n = -3.10) THEN dt WHEN (id <= 1L) THEN DATE'2023-12-31' ELSE dt END")).withColumn("ts", expr("date_trunc('DAY', (least(ts, TIMESTAMP'2024-03-01 12:30:00.123456') + INTERVAL '90' MINUTE))")).withColumn("c5", expr("nullif(CASE WHEN CAST(NULL AS BOOLEAN) THEN n ELSE m END, 0.5)")).withColumn("c6", (col("ts") == F.greatest(col("dt"), expr("CASE 'é' WHEN ' ' THEN dt WHEN 'x-y' THEN dt END"), F.to_date(lit("2025-03-01")))))
OUTPUT_MODE = "append"
