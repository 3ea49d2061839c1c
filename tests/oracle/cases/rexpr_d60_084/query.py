from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, n DECIMAL(5,3), dt DATE, d DOUBLE, i INT, s STRING, j INT, b BOOLEAN, m DECIMAL(12,4)").json(INPUT)
result = df.selectExpr("id", "(round(n, 0) - 12.345) AS c1", "greatest(d, d) AS c2", "(id % i) AS c3", "conv(greatest(s, s, 'a'), 10, 16)", "CAST((try_divide(i, d) / nullif((id / nullif(d, 0)), 0)) AS STRING) AS c5").where("(c1 <> 12.345)")
OUTPUT_MODE = "append"
