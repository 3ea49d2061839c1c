from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, j INT, dt DATE, d DOUBLE, m DECIMAL(7,0), i INT, ts TIMESTAMP, t STRING").json(INPUT)
result = df.selectExpr("id", "sequence(5, abs(regexp_instr(date_format(CASE WHEN (id > -2L) THEN dt END, 'dd.MM.yy'), '[aeiou]')) % 5, -2) AS c1", "greatest(try_mod(CAST(i AS BIGINT), 0L), nullif(id, 86400L)) AS c2")
OUTPUT_MODE = "append"
