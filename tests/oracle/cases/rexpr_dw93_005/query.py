from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", col("s").like("%e")).withColumn("c2", F.least(col("dt"), F.to_date(F.date_format(F.to_date(lit("2025-03-01")), "yyyy-MM-dd"), "yyyy-MM-dd"))).withColumn("c3", expr("months_between((CAST(second(ts) AS TIMESTAMP) + INTERVAL -3 DAYS), dt, false)")).withColumn("c4", expr("(CASE WHEN (s = 'o') THEN CASE WHEN c1 THEN i WHEN (dt IS NOT NULL) THEN 3 WHEN (id IS NOT NULL) THEN i ELSE i END END - (id % nullif(i, 0)))"))
OUTPUT_MODE = "append"
