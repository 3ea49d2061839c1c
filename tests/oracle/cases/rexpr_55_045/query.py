from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, b BOOLEAN, dt DATE, m DECIMAL(18,6), j INT, i INT, d DOUBLE, s STRING").load(INPUT)
result = df.selectExpr("id", "d", "(i / 2) AS c1", "greatest(coalesce(dt, dateadd(dt, i), to_date('2000-01-01')), dt) AS c2")
OUTPUT_MODE = "append"
