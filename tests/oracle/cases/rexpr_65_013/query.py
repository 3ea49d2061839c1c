from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, dt DATE, ts TIMESTAMP, d DOUBLE, m DECIMAL(38,10), k BIGINT, t STRING, b BOOLEAN, i INT").json(INPUT)
result = df.where((F.concat(lit(" "), col("s"), col("t")).contains("") | col("s").isNull())).selectExpr("id", "(id * 10) AS c1", "CASE WHEN (CASE WHEN (s LIKE '%') THEN t WHEN (i <> m) THEN s WHEN CASE WHEN (m <> -3.10) THEN b WHEN b THEN (k < 3L) ELSE (dt IS NOT NULL) END THEN translate(s, ' ', '_') ELSE s END LIKE '%') THEN instr(s, '') WHEN b THEN 0 END AS c2", "nvl2(TRY_CAST(i AS DECIMAL(10,4)), ucase(concat(s, s)), 'x-y') AS c3").where("(c3 >= '2024-02-29')")
OUTPUT_MODE = "append"
