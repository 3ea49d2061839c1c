from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "coalesce(date_add(DATE'2025-03-01', i), DATE'2000-01-01') AS c1", "nvl2(add_months(DATE'2000-01-01', i), ('é' != t), false)")
OUTPUT_MODE = "append"
