from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "dt", "((i * m) / 7.5) AS c1", "(((n / nullif(i, 0)) / nullif((i * m), 0)) IS NOT NULL) AS c2", "(m * (d - m)) AS c3")
OUTPUT_MODE = "append"
