from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((b OR (ts <= TIMESTAMP'1999-12-31 23:59:59.999')) OR (n IS NOT NULL))").selectExpr("to_date(date_format(date_add(to_date('2000-01-01'), i), 'yyyyMMdd'), 'yyyyMMdd') AS c1", "nullif(i, -1)", "try_element_at(split(s, ' '), -1) AS c3").filter("coalesce((f <= -1.5D), true)")
OUTPUT_MODE = "append"
