from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "add_months(add_months(trunc(trunc(dt, 'yy'), 'YEAR'), 5), CASE WHEN b THEN 10 WHEN b THEN i END) AS c1", "(i + (-1 * 1)) AS c2", "if((k < -2L), ts, TIMESTAMP'1999-12-31 23:59:59.999') AS c3", "(m * m) AS c4").filter(((F.when(col("b"), col("n")).otherwise(col("m")) >= col("i")) | col("m").isNull()))
OUTPUT_MODE = "append"
