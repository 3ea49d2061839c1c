from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, b BOOLEAN, m DECIMAL(12,4), i INT, s STRING, ts TIMESTAMP, t STRING, dt DATE").json(INPUT)
result = df.selectExpr("id", "xpath_number('<a><b>' || d || '</b></a>', 'a/b * 2')", "TRY_CAST(d AS INT) AS c2", "sequence(i % 5, 4) AS c3", "CAST(TRY_CAST(t AS DATE) AS TIMESTAMP) AS c4")
OUTPUT_MODE = "append"
