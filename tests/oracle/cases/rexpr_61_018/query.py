from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, ts TIMESTAMP, f FLOAT, s STRING, i INT, m DECIMAL(38,10), j INT, dt DATE, d DOUBLE, n DECIMAL(9,5), b BOOLEAN").json(INPUT)
result = df.selectExpr("id", "sign(d) AS c1", "greatest(nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999'), ts, ts)", "CASE WHEN b THEN TIMESTAMP'2024-02-29 00:00:00' WHEN b THEN ts END", "coalesce(b, false) AS c4").filter(((~col("j").isin(lit(1), lit(1), lit(2))) | col("f").isNull()))
OUTPUT_MODE = "append"
