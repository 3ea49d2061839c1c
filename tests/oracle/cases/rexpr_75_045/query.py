from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(b OR (s IS NOT NULL))").select("id", expr("CAST(add_months(dt, i) AS TIMESTAMP) AS c1"), expr("CASE WHEN b THEN m WHEN b THEN 1.25 ELSE 100BD END")).filter("(CAST(id AS BOOLEAN) OR (c1 IS NOT NULL))")
OUTPUT_MODE = "append"
