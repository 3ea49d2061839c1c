from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CASE WHEN (n IS NOT NULL) THEN (m + (100BD + m)) WHEN CAST(NULL AS BOOLEAN) THEN m ELSE ceil(nvl2((id + -2L), n, 100BD)) END")).withColumn("n", expr("(n / nullif(m, 0))")).withColumn("c3", expr("sqrt(months_between(ts, ts, false))"))
OUTPUT_MODE = "append"
