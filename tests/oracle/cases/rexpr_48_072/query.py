from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(coalesce(1L, id, 1000L) + d) AS c1", "make_date(2024, month(dt), least(dayofmonth(dt), 28)) AS c2", "((id = (1000L + id)) OR (b OR b)) AS c3", "(1L - id)", "(id DIV 2) AS c5")
OUTPUT_MODE = "append"
