from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, n DECIMAL(4,1), b BOOLEAN, dt DATE, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, i INT, t STRING").load(INPUT)
result = df.filter("(((3 * i) BETWEEN 1 AND 0) OR (id > 0L))").selectExpr("id", "rpad(t, 3, 'ab') AS c1", "greatest((- 0.1D), (m * d), d) AS c2")
OUTPUT_MODE = "append"
