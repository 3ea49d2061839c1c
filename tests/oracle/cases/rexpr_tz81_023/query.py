spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, b BOOLEAN, d DOUBLE, m DECIMAL(12,4), k BIGINT, t STRING, j INT, n DECIMAL(4,1), dt DATE, ts TIMESTAMP, i INT, s STRING").json(INPUT)
result = df.select("id", expr("(pmod((0 * i), 3) - i) AS c1"), expr("(try_to_timestamp(t) - INTERVAL 36 HOURS) AS c2"))
OUTPUT_MODE = "append"
