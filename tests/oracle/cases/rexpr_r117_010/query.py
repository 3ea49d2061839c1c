from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "xpath_boolean('<a><b>' || regexp_instr(rpad(s, 0, '*'), '[aeiou]') || '</b></a>', 'a/b = 7') AS c1", "sequence(to_date('2024-02-29'), date_add(to_date('2024-02-29'), 3), INTERVAL 1 DAY)[1] AS c2", "zeroifnull(f)")
OUTPUT_MODE = "append"
