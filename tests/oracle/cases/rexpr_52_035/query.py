from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, ts TIMESTAMP, s STRING, m DECIMAL(10,2), b BOOLEAN, d DOUBLE, t STRING, dt DATE, i INT").json(INPUT)
result = df.filter("(d <> 0.001D)").selectExpr("id", "(i - instr(lower(s), ' ')) AS c1", "rpad(format_number(CAST((NOT b) AS BIGINT), 0), 3, 'é') AS c2", "nvl2(TRY_CAST(id AS INT), crc32('日本'), 1000L) AS c3", "nullif((id - 86400L), 0L) AS c4", "(id <> 0L) AS c5")
OUTPUT_MODE = "append"
