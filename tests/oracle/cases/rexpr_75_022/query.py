from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, b BOOLEAN, d DOUBLE, s STRING, ts TIMESTAMP, n DECIMAL(4,1), j INT, f FLOAT, m DECIMAL(10,2), dt DATE").json(INPUT)
result = df.filter(((F.try_element_at(F.split(lit(None).cast("string"), ","), lit(3)) != col("s")) | (~F.coalesce(col("b"), lit(False))))).selectExpr("id", "lower(CAST(((id / nullif(f, 0)) - m) AS STRING)) AS c1", "(nullif(1L, 0L) / nullif((d / 10.0D), 0)) AS c2", "date_format(ts, 'MMM d, yyyy') AS c3", "CASE WHEN ((n <=> i) AND b) THEN ((n / -4.5) - 100BD) WHEN (b AND (d > CAST('NaN' AS DOUBLE))) THEN least(m, n) ELSE (n * n) END AS c4")
OUTPUT_MODE = "append"
