from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, t STRING, d DOUBLE, ts TIMESTAMP, b BOOLEAN, s STRING, dt DATE, i INT, j INT, m DECIMAL(38,10), k BIGINT").json(INPUT)
result = df.withColumn("c1", expr("jaro_winkler_similarity(validate_utf8(s), concat_ws('', s, t))")).withColumn("c2", F.instr(expr("char(CAST(int(power(i % 4, 2)) AS BIGINT) + 256)"), "")).withColumn("c3", F.abs(expr("timestampdiff(HOUR, ts, ts)"))).drop("d", "b", "dt", "j", "m", "k")
OUTPUT_MODE = "append"
