# Arguments Spark takes as constant INTs (foldable expressions such as CAST(0 AS BIGINT) for
# round's scale or split's limit) and the ones ANSI implicit casts refuse (element_at's index,
# array_repeat's count must be INT). implicit_casts.txt is what PySpark 4.3 printed (see tests/tables/README.md).
from pyspark.sql import SparkSession
spark = (SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC").getOrCreate())
for q in ["substring('abcdef', CAST(2 AS BIGINT), 2)", "repeat('ab', CAST(2 AS BIGINT))", "date_add(DATE'2024-01-01', CAST(2 AS BIGINT))",
          "lpad('a', CAST(3 AS BIGINT), 'x')", "element_at(array(1,2), CAST(1 AS BIGINT))", "element_at(array(1,2), CAST(1 AS SMALLINT))",
          "array_repeat('a', CAST(2 AS BIGINT))", "left('abc', CAST(2 AS BIGINT))", "slice(array(1,2,3), CAST(1 AS BIGINT), 2)",
          "element_at(array(1,2), 1.0D)", "element_at(array(1,2), '1')", "substring('abcdef', 2.0D, 2)", "round(2.5D, CAST(0 AS BIGINT))",
          "array_position(array(1,2), CAST(2 AS BIGINT))", "split('a,b', ',', CAST(2 AS BIGINT))", "sequence(1, CAST(3 AS BIGINT))",
          "try_element_at(array(1,2), CAST(1 AS BIGINT))", "get(array(1,2), CAST(1 AS BIGINT))", "array(1,2)[CAST(1 AS BIGINT)]",
          "shiftleft(1, CAST(2 AS BIGINT))", "make_date(2024, CAST(1 AS BIGINT), 1)"]:
    try:
        print(q, "->", spark.sql("SELECT " + q + " AS r").collect()[0][0])
    except Exception as e:
        print(q, "->", e.getCondition())
