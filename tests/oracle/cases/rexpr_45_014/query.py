from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "if((t < 'abc'), k, id) AS c1", "(- pmod(-1, nullif((locate('o', CAST(NULL AS STRING)) * 0), 0))) AS c2", "day(add_months(dt, -1)) AS c3").where(((lit("日本") == lit("2024-02-29")) | col("j").isNull()))
OUTPUT_MODE = "append"
