from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "degrees(try_divide(f, f)) AS c1", "concat_ws('-', s, s, s) AS c2", "(ts = dt) AS c3")
OUTPUT_MODE = "append"
