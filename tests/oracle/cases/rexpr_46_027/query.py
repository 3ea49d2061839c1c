from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((3L >= i) OR (i <= 0))").groupBy(expr("pmod(i, nullif(j, 0)) AS k1")).agg(F.count((col("n") * col("i"))).alias("a1"), expr("datediff(max(CASE WHEN b THEN to_date('2000-01-01') WHEN b THEN dt ELSE dt END), min(CASE WHEN b THEN to_date('2000-01-01') WHEN b THEN dt ELSE dt END)) AS a2"))
OUTPUT_MODE = "update"
