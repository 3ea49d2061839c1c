from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "m", "CAST((coalesce(TIMESTAMP'1999-12-31 23:59:59.999', ts, TIMESTAMP'2024-02-29 00:00:00') - INTERVAL '1-2' YEAR TO MONTH) AS DATE) AS c1", "(n * pmod(n, nullif(n, 0))) AS c2", "(instr(sha2(CASE WHEN (j <= 3) THEN s WHEN (s IS NOT NULL) THEN t WHEN false THEN s END, 224), 'a') - nullif(CASE WHEN (ts >= TIMESTAMP'1999-12-31 23:59:59.999') THEN i WHEN (t <= 'o') THEN i WHEN (s >= '') THEN (i - i) END, 1)) AS c3", "CASE WHEN CASE TRY_CAST(2 AS INT) WHEN 5 THEN (t > '') ELSE (i IS NOT NULL) END THEN d WHEN true THEN (d * i) ELSE d END AS c4").where((F.forall(F.split(col("s"), " "), lambda x: x == lit("Hello")) | (col("i") >= lit(1))))
OUTPUT_MODE = "append"
