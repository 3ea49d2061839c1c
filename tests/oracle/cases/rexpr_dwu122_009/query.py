from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(4,1), m DECIMAL(10,2), d DOUBLE, dt DATE, s STRING, f FLOAT, ts TIMESTAMP, i INT").json(INPUT)
result = df.selectExpr("id", "((m + n) / 3) AS c1", "asinh(d) AS c2", "explode_outer(split('42', ' '))")
OUTPUT_MODE = "append"
