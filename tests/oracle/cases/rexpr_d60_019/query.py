from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "i", "abs(((- m) - ceiling(n))) AS c1", "(i IN (10, 3, 3)) AS c2", "least(d, d) AS c3", "(- (i + i)) AS c4").filter("(NOT coalesce((c2 AND c2), false))")
OUTPUT_MODE = "append"
