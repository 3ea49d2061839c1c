from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "nullif(right(ucase(rpad('Hello', 8, '*')), 1), '42') AS c1", "(m - try_divide(f, i)) AS c2", "(CASE WHEN (k IS NOT NULL) THEN id WHEN (n >= 100BD) THEN id ELSE id END + i) AS c3", "xxhash64(ts) AS c4").where(F.coalesce((F.forall(F.split(col("s"), " "), lambda x: x == lit("o")) | col("b")), lit(True)))
OUTPUT_MODE = "append"
