from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("month(CASE WHEN (i <> 2) THEN ts ELSE ts END) AS c1", "CAST(s AS INT) AS c2", "((id * 5) % nullif(greatest(CASE WHEN (t LIKE '%') THEN i WHEN b THEN TRY_CAST(id AS INT) WHEN (d BETWEEN -1.5D AND 3.75D) THEN size(split(t, '  *')) ELSE i END, (i * 10), (i - i)), 0)) AS c3", "CAST(trunc(dt, 'WEEK') AS STRING) AS c4").filter(F.coalesce((col("i") + col("i")).between(lit(-1), lit(2)), lit(True)))
OUTPUT_MODE = "append"
