spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT d AS k1, (max((least(m, m, m) / 2.5)) - min((least(m, m, m) / 2.5))) AS a1, bool_or((b AND (m <= 1.25))) AS a2, count_if((j <= m)) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
