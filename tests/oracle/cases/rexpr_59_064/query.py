from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("s", "coalesce(greatest(s, t, t), '日本') AS c1", "(-1 * instr(t, 'o')) AS c2", "CASE WHEN ((NOT (n > 1.25)) AND (id IS NOT NULL)) THEN if((d != i), ts, TIMESTAMP'1999-12-31 23:59:59.999') WHEN TRY_CAST(nullif('x-y', 'é') AS BOOLEAN) THEN ts WHEN CAST(nullif(id, 86400L) AS BOOLEAN) THEN ts ELSE ts END AS c3", "(i % 2) AS c4")
OUTPUT_MODE = "append"
