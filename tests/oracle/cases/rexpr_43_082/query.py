from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((F.greatest(col("f"), col("d")).isin(lit(0.1)) | col("d").isNull())).selectExpr("id", "add_months(trunc(dt, 'mon'), i) AS c1", "(length(lower(concat(s, ' ', s))) - least(i, dayofmonth(dt))) AS c2", "(pmod(id, 3) - id)", "nvl(dt, to_date('2024-02-29')) AS c4", "(n / nullif(j, 0)) AS c5")
OUTPUT_MODE = "append"
