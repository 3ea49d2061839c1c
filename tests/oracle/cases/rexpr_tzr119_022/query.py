spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "zeroifnull(bround(array_max(array(d, f, CAST('NaN' AS DOUBLE))), -1)) AS c1", "CASE shiftright(i, 33) WHEN 1 THEN ifnull(n, 1.25) ELSE CASE WHEN (id < -2L) THEN negative(ceiling(m)) ELSE greatest(m, 0.5, m) END END AS c2", "inline(array(named_struct('x', 3, 'y', hex(try_to_binary(s, 'hex'))), named_struct('x', 2, 'y', 'b')))")
OUTPUT_MODE = "append"
