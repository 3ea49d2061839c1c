from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(j BETWEEN 2 AND 3) AS c1", "trim(s) AS c2", "last_day(least(dt, CASE t WHEN 'abc' THEN dt ELSE dt END, CASE WHEN (id <> 86400L) THEN dt WHEN b THEN DATE'2023-12-31' WHEN b THEN DATE'2024-02-29' ELSE dt END)) AS c3", "nvl(id, CAST(NULL AS BIGINT))").where("(coalesce((d = i), true) OR (n IS NULL))")
OUTPUT_MODE = "append"
