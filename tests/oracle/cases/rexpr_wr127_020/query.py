from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("i", "if(xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7'), m, 100BD) AS c1", "map_from_arrays(array('a', 'b'), array(f, d)) AS c2", "add_months(add_months(make_date(2023, 12, 28), i), i) AS c3", "CASE WHEN b THEN nullif(m, 0.001) WHEN arrays_overlap(array(i), array(CAST(NULL AS INT), 3)) THEN CASE WHEN (i < 5) THEN m END WHEN (i < 3) THEN m ELSE try_to_number(s, '999.99') END AS c4")
OUTPUT_MODE = "append"
