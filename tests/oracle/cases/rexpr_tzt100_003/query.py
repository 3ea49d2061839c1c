spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(NOT coalesce(isnull((CASE WHEN b THEN id ELSE id END - i)), false))").withColumn("c1", (F.when((col("ts") >= col("dt")), col("dt")).otherwise(col("dt")) + expr("INTERVAL 1 MONTH"))).withColumn("c2", expr("CAST(CASE WHEN CASE WHEN (NOT b) THEN b ELSE b END THEN trunc(dt, 'YEAR') WHEN (id <> 3L) THEN dt ELSE add_months(DATE'2025-03-01', i) END AS TIMESTAMP)")).withColumn("c3", expr("(id / nullif((i % nullif(10, 0)), 0))")).withColumn("c4", expr("(d / 7.0D)")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
