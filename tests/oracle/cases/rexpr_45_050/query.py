from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, ts TIMESTAMP, i INT, t STRING, d DOUBLE, dt DATE, s STRING, f FLOAT, m DECIMAL(10,2)").json(INPUT)
result = df.where("(b OR (ts <> TIMESTAMP'1999-12-31 23:59:59.999'))").groupBy(expr("(i + i) AS k1")).agg(F.datediff(F.max(col("dt")), F.min(col("dt"))).alias("a1"), expr("round(avg(try_divide(i, (d - f))), 2) AS a2"), F.count_if((col("m") != col("id"))).alias("a3"))
OUTPUT_MODE = "complete"
